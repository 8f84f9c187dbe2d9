package org.persistlab.shell.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.persistlab.sim.gateway.GatewayUser;

/** Broken requests over real UDP get 400 and change nothing; the server answers normally afterwards. */
class MalformedRequestTest {
    private static final String GOOD = """
            REGISTER sip:127.0.0.2 SIP/2.0\r
            Via: SIP/2.0/UDP 127.0.0.1:PORT;branch=z9hG4bK-BRANCH\r
            Max-Forwards: 70\r
            From: <sip:USER@127.0.0.2>;tag=t1\r
            To: <sip:USER@127.0.0.2>\r
            Call-ID: CALLID@127.0.0.1\r
            CSeq: CSEQ REGISTER\r
            Contact: <sip:USER@127.0.0.1:PORT>\r
            Expires: 3600\r
            Content-Length: 0\r
            \r
            """;

    @TempDir
    Path dir;

    /**
     * Each case breaks one header of a REGISTER (JAIN-SIP refuses the CSeq, From and Content-Length
     * cases itself; the core refuses the broken Contact, which the bridge hands it from what JAIN-SIP's
     * lenient parser set aside) that carries the right credentials (answering a real
     * challenge), so a 400 cannot be a challenge in disguise, and the same request unbroken then
     * registers: only the breakage was refused.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "CSeq: 2 REGISTER=>CSeq: two REGISTER",
        "CSeq: 2 REGISTER=>CSeq: 2 INVITE",
        "From: <sip:USER@127.0.0.2>;tag=t1=>From: <sip:USER@127.0.0.2;tag=t1",
        "Contact: <sip:USER@127.0.0.1:PORT>=>Contact: <sip:USER@127.0.0.1:PORT",
        "Content-Length: 0=>Content-Length: 40",
    })
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aBrokenAuthenticatedRegisterGets400AndChangesNoState(String edit) throws Exception {
        List<SippLab.Phone> phones = SippLab.generate(dir.resolve("phones"), 2);
        List<GatewayUser> users = UserFiles.read(dir.resolve("phones"), "phones").users();
        SippLab.Phone phone = phones.get(0);
        int gw = SippLab.freePort(SippLab.GATEWAY);
        try (GatewayServer server = GatewayServer.start(
                ServerSettings.builder(SippLab.GATEWAY).udpPort(gw).tcpPort(gw).build(), users, ServerListener.silent());
             DatagramSocket socket = new DatagramSocket(new InetSocketAddress(SippLab.PHONES, 0))) {
            socket.setSoTimeout(3_000);
            String port = Integer.toString(socket.getLocalPort());
            String challenge = exchange(socket, gw, request(phone.user(), port, "c1", "1"));
            assertThat(statusOf(challenge)).isEqualTo(401);
            String authenticated = HandDigest.authorize(request(phone.user(), port, "c1", "2"), challenge,
                    phone.user(), phone.password(), "sip:127.0.0.2");
            String[] e = edit.replace("USER", phone.user()).replace("PORT", port).split("=>");
            assertThat(authenticated).contains(e[0] + "\r\n");
            String broken = authenticated.replace(e[0] + "\r\n", e[1] + "\r\n");
            Map<String, Long> before = server.counters();

            assertThat(statusOf(exchange(socket, gw, broken))).isEqualTo(400);
            Map<String, Long> after = server.counters();
            for (String k : List.of("registrations.accepted", "bindings", "licenses.in_use", "calls.answered")) {
                assertThat(after.get(k)).as(k).isEqualTo(before.get(k));
            }
            String control = authenticated.replace("branch=z9hG4bK-c1-2", "branch=z9hG4bK-c1-3")
                    .replace("CSeq: 2 REGISTER", "CSeq: 3 REGISTER");
            assertThat(statusOf(exchange(socket, gw, control))).as("the same request unbroken registers")
                    .isEqualTo(200);
            assertThat(server.counters().get("bindings")).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void anInviteFromAnUnregisteredSourceIsRefusedAndNeverForwarded() throws Exception {
        List<SippLab.Phone> phones = SippLab.generate(dir.resolve("phones"), 1);
        List<GatewayUser> users = UserFiles.read(dir.resolve("phones"), "phones").users();
        int gw = SippLab.freePort(SippLab.GATEWAY);
        try (DatagramSocket trunk = new DatagramSocket(new InetSocketAddress(SippLab.TRUNK, 0));
             GatewayServer server = GatewayServer.start(ServerSettings.builder(SippLab.GATEWAY).udpPort(gw).tcpPort(gw)
                     .trunk(org.persistlab.sip.Endpoint.of(SippLab.TRUNK.getAddress(), trunk.getLocalPort()),
                             org.persistlab.sip.Transport.UDP).build(), users, ServerListener.silent());
             DatagramSocket socket = new DatagramSocket(new InetSocketAddress(SippLab.PHONES, 0))) {
            socket.setSoTimeout(3_000);
            trunk.setSoTimeout(1_000);
            String user = phones.get(0).user();
            String invite = request(user, Integer.toString(socket.getLocalPort()), "fraud", "1").replace("REGISTER sip:127.0.0.2",
                    "INVITE sip:15551230000@127.0.0.2").replace("To: <sip:" + user, "To: <sip:15551230000")
                    .replace("CSeq: 1 REGISTER", "CSeq: 1 INVITE").replace("Expires: 3600\r\n", "");
            String response = exchangeFinal(socket, gw, invite);
            assertThat(statusOf(response)).isEqualTo(403);
            assertThat(server.counters().get("calls.refused.unregistered_source")).isEqualTo(1);
            byte[] buf = new byte[4096];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> trunk.receive(p))
                    .as("nothing reached the trunk").isInstanceOf(SocketTimeoutException.class);
        }
    }

    private static String request(String user, String port, String callId, String cseq) {
        return GOOD.replace("USER", user).replace("PORT", port).replace("CALLID", callId)
                .replace("BRANCH", callId + "-" + cseq).replace("CSEQ", cseq);
    }


    private static String exchange(DatagramSocket socket, int port, String text) throws Exception {
        byte[] out = text.getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(out, out.length, new InetSocketAddress(SippLab.GATEWAY, port)));
        byte[] buf = new byte[8192];
        DatagramPacket in = new DatagramPacket(buf, buf.length);
        socket.receive(in);
        return new String(buf, 0, in.getLength(), StandardCharsets.UTF_8);
    }

    /** Sends and returns the first final (non-1xx) response. */
    private static String exchangeFinal(DatagramSocket socket, int port, String text) throws Exception {
        String r = exchange(socket, port, text);
        byte[] buf = new byte[8192];
        while (statusOf(r) < 200) {
            DatagramPacket in = new DatagramPacket(buf, buf.length);
            socket.receive(in);
            r = new String(buf, 0, in.getLength(), StandardCharsets.UTF_8);
        }
        return r;
    }

    private static int statusOf(String response) {
        assertThat(response).startsWith("SIP/2.0 ");
        return Integer.parseInt(response.substring(8, 11));
    }
}
