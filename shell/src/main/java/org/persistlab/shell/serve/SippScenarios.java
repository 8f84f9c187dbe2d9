package org.persistlab.shell.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SIPp scenario the registration-rate benchmark drives, kept in the code so that the benchmark
 * needs no file beside the jar. It is the same text as the tests' {@code serve/register.xml} (a test
 * holds them equal), so what the benchmark measures is what the tests prove correct.
 */
final class SippScenarios {
    /** REGISTER, 401, REGISTER with the credentials of injection field 1, 200. */
    static final String REGISTER = """
            <?xml version="1.0" encoding="ISO-8859-1" ?>
            <!DOCTYPE scenario SYSTEM "sipp.dtd">
            <!--
              One registration per call: REGISTER, the gateway's 401 challenge, REGISTER with Digest credentials,
              200. Users come from the injection file written by `lab settings generate`, turned by
              SippCredentials.authenticationCsv into [field0] FORCE_SIP_USERNAME (the extension and digest user),
              [field1] the whole [authentication username=... password=...] keyword (SIPp 3.6.1 does not expand
              fields inside [authentication]), [field2] FORCE_SIP_EXTENSION.
              Expires 3600 s: RFC 7502 section 6.7 asks for a registration timeout of at least an hour.
            -->
            <scenario name="persist-lab register with digest">
              <send retrans="500">
                <![CDATA[

                  REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
                  Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                  Max-Forwards: 70
                  From: <sip:[field0]@[remote_ip]>;tag=[pid]SIPpTag[call_number]
                  To: <sip:[field0]@[remote_ip]>
                  Call-ID: [call_id]
                  CSeq: 1 REGISTER
                  Contact: <sip:[field0]@[local_ip]:[local_port];transport=[transport]>
                  Expires: 3600
                  User-Agent: SIPp persist-lab
                  Content-Length: 0

                ]]>
              </send>

              <recv response="401" auth="true"/>

              <send retrans="500">
                <![CDATA[

                  REGISTER sip:[remote_ip]:[remote_port] SIP/2.0
                  Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
                  Max-Forwards: 70
                  From: <sip:[field0]@[remote_ip]>;tag=[pid]SIPpTag[call_number]
                  To: <sip:[field0]@[remote_ip]>
                  Call-ID: [call_id]
                  CSeq: 2 REGISTER
                  Contact: <sip:[field0]@[local_ip]:[local_port];transport=[transport]>
                  [field1]
                  Expires: 3600
                  User-Agent: SIPp persist-lab
                  Content-Length: 0

                ]]>
              </send>

              <recv response="200"/>
            </scenario>
            """;

    private SippScenarios() {
    }

    /** Writes {@link #REGISTER} as {@code dir/register.xml} and returns its path. */
    static Path writeRegister(Path dir) throws IOException {
        Path f = dir.resolve("register.xml");
        Files.writeString(f, REGISTER, StandardCharsets.ISO_8859_1);
        return f;
    }
}
