package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.persistlab.analyzer.capture.CaptureCorpus;
import org.persistlab.analyzer.capture.FrameEncoder;

/** IPv4 and IPv6 fragment reassembly: any order, overlaps, duplicates, timeouts, bounded memory. */
class IpFragmentTest {
    private static final byte[] BIG_INVITE = SipSamples.request("INVITE", "frag", 1, 3000);

    @TempDir
    Path dir;

    private static byte[] udpOf(boolean v6) {
        return v6 ? FrameEncoder.udp(Frames.A6, Frames.B6, BIG_INVITE) : FrameEncoder.udp(Frames.A, Frames.B, BIG_INVITE);
    }

    private static List<byte[]> fragments(boolean v6, int size) {
        return v6 ? Frames.ipv6Fragments(Frames.A6, Frames.B6, 17, 77, udpOf(true), size)
                : Frames.ipv4Fragments(Frames.A, Frames.B, 17, 77, udpOf(false), size);
    }

    private Path capture(String name, List<byte[]> ipPackets, long stepMicros) {
        TestCapture c = new TestCapture(101);
        long t = 0;
        for (byte[] ip : ipPackets) {
            c.add(t += stepMicros, ip);
        }
        return c.write(dir, name);
    }

    private void assertOneInvite(Path file, long completingPacketMicros) {
        TestCapture.Decoded d = TestCapture.decode(file);
        assertThat(d.problems()).isEmpty();
        assertThat(d.events()).singleElement().satisfies(e -> {
            assertThat(e.message().toBytes()).isEqualTo(BIG_INVITE);
            assertThat(e.timeNanos()).isEqualTo(TestCapture.BASE_NANOS + completingPacketMicros * 1000);
        });
        assertThat(d.summary().count(DecodeEvent.IP_DATAGRAM_REASSEMBLED)).isEqualTo(1);
        assertThat(d.summary().count(PacketOutcome.IP_FRAGMENT_HELD)).isEqualTo(d.summary().packets() - 1);
        assertThat(TsharkCheck.sipMessages(file)).isEqualTo(1);
    }

    @Test
    void ipv4FragmentsInOrder() {
        assertOneInvite(capture("v4.pcap", fragments(false, 1000), 10), 40);
    }

    @Test
    void ipv4FragmentsInReverseOrderCompleteWithTheLastPacketRead() {
        List<byte[]> f = new ArrayList<>(fragments(false, 1000));
        java.util.Collections.reverse(f);
        assertOneInvite(capture("v4-reverse.pcap", f, 10), 40);
    }

    @Test
    void overlappingAndDuplicatedIpv4FragmentsKeepTheFirstCopy() {
        List<byte[]> small = fragments(false, 504);
        List<byte[]> big = fragments(false, 1008);
        // A big fragment overlapping two small ones, then every small one, one of them twice.
        List<byte[]> f = new ArrayList<>();
        f.add(big.get(1));
        f.addAll(small.subList(0, 3));
        f.add(small.get(2));
        f.addAll(small.subList(3, small.size()));
        TestCapture.Decoded d = TestCapture.decode(capture("overlap.pcap", f, 10));
        assertThat(d.events()).singleElement().extracting(e -> e.message().toBytes()).isEqualTo(BIG_INVITE);
    }

    @Test
    void ipv6FragmentsAfterAHopByHopHeaderWithDestinationOptionsInside() {
        List<byte[]> f = new ArrayList<>(fragments(true, 800));
        java.util.Collections.swap(f, 0, 2);
        assertOneInvite(capture("v6.pcap", f, 10), 10L * f.size());
    }

    @Test
    void aFragmentWhoseRestComesTooLateIsGivenUp() {
        List<byte[]> f = fragments(false, 1000);
        TestCapture c = new TestCapture(101);
        c.add(0, f.get(0)).add(1, f.get(1)).add(2, f.get(2));
        c.add(31_000_000, f.get(3)); // 31 s later: past the 30 s reassembly timeout
        TestCapture.Decoded d = TestCapture.decode(c.write(dir, "late.pcap"));
        assertThat(d.events()).isEmpty();
        assertThat(d.summary().count(DecodeEvent.IP_DATAGRAM_INCOMPLETE)).isEqualTo(2);
        assertThat(d.summary().count(PacketOutcome.IP_FRAGMENT_HELD)).isEqualTo(4);
    }

    @Test
    void theNumberOfDatagramsWaitingIsBounded() {
        DecoderConfig tight = DecoderConfig.DEFAULT.withMaxIpDatagrams(2);
        TestCapture c = new TestCapture(101);
        for (int id = 0; id < 5; id++) {
            c.add(id, Frames.ipv4Fragments(Frames.A, Frames.B, 17, id, udpOf(false), 1000).get(0));
        }
        List<byte[]> whole = Frames.ipv4Fragments(Frames.A, Frames.B, 17, 99, udpOf(false), 1000);
        for (byte[] f : whole) {
            c.add(10, f);
        }
        TestCapture.Decoded d = TestCapture.decode(c.write(dir, "bounded.pcap"), tight);
        assertThat(d.events()).hasSize(1);
        assertThat(d.summary().count(DecodeEvent.IP_DATAGRAM_INCOMPLETE)).isEqualTo(5);
    }

    /** nc_sip_i_fragmented.pcap: an INVITE with an ISUP body in two IPv4 fragments, then a 100. */
    @Test
    void publicSipIInviteIsReassembled() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("nc_sip_i_fragmented.pcap"));
        assertThat(d.startLines()).hasSize(2);
        assertThat(d.startLines().get(0)).startsWith("INVITE ");
        assertThat(d.events().get(0).message().contentType()).startsWith("multipart/mixed");
    }

    /** pkts_call_ipfrag_udp.pcap holds only the first fragment of its INVITE: tshark cannot show it either. */
    @Test
    void publicCallWithAMissingFragmentLosesOnlyThatInvite() {
        TestCapture.Decoded d = TestCapture.decode(CaptureCorpus.repo("pkts_call_ipfrag_udp.pcap"));
        assertThat(d.startLines()).noneMatch(l -> l.startsWith("INVITE")).hasSize(5);
        assertThat(d.summary().count(DecodeEvent.IP_DATAGRAM_INCOMPLETE)).isEqualTo(1);
    }
}
