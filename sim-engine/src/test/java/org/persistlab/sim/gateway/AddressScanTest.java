package org.persistlab.sim.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.persistlab.sip.Address;
import org.persistlab.sip.HeaderName;
import org.persistlab.sip.SipMessage;
import org.persistlab.sip.SipParseException;
import org.persistlab.sip.SipUri;

/** The in-place To/Contact reader says what the sip module's parser says, or steps aside. */
class AddressScanTest {
    record Shape(String display, boolean angle, String scheme, String user, String host, String uriParams,
                 String headerParams, String trailing) {
        String value() {
            String uri = scheme + ":" + (user.isEmpty() ? "" : user + "@") + host + uriParams;
            String addr = angle || !display.isEmpty() ? display + "<" + uri + ">" : uri;
            return addr + headerParams + trailing;
        }

        boolean usual() {
            return trailing.isEmpty() && (scheme.equalsIgnoreCase("sip") || scheme.equalsIgnoreCase("sips"))
                    && !user.contains("%") && !user.contains(";") && !display.contains(",");
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<String> display = Arbitraries.of("", "Alice ", "\"A \\\"B\\\" <x>\" ", "\"Smith, J\" ");
        Arbitrary<Boolean> angle = Arbitraries.of(true, false);
        Arbitrary<String> scheme = Arbitraries.of("sip", "sips", "SIP", "tel");
        Arbitrary<String> user = Arbitraries.of("", "2001", "2001:secret", "a%40b", "2001;x=1", "+15551234");
        Arbitrary<String> host = Arbitraries.of("192.0.2.10", "192.0.2.10:5070", "[2001:db8::1]:5061", "example.com");
        Arbitrary<String> uriParams = Arbitraries.of("", ";transport=tcp", ";lr");
        Arbitrary<String> param = Arbitraries.of(";expires=600", ";expires=abc", ";expires=", ";expires", ";tag=xyz",
                ";+sip.instance=\"<urn:uuid:1234;x>\"", " ; q = 0.5", ";EXPIRES=30", ";reg-id=1");
        Arbitrary<String> headerParams = param.list().ofMaxSize(3).map(l -> String.join("", l));
        Arbitrary<String> trailing = Arbitraries.of("", "", "", ", <sip:other@192.0.2.11>", " ");
        return Combinators.combine(display, angle, scheme, user, host, uriParams, headerParams, trailing)
                .as(Shape::new);
    }

    @Property(tries = 1000)
    void agreesWithTheFullParser(@ForAll("shapes") Shape shape) {
        String value = shape.value();
        SipMessage m = SipMessage.parse("REGISTER sip:192.0.2.10 SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n"
                + "To: " + value + "\r\nContact: " + value + "\r\nCall-ID: c\r\nCSeq: 1 REGISTER\r\n"
                + "Content-Length: 0\r\n\r\n");
        RawMessage raw = new RawMessage().load(m);
        AddressScan scan = new AddressScan();
        boolean fast = scan.scan(raw, raw.find(HeaderName.CONTACT, 0));
        List<Address> contacts;
        try {
            contacts = m.contacts();
        } catch (SipParseException e) {
            assertThat(fast).as("accepted what the parser refuses: " + value).isFalse();
            return;
        }
        if (!fast) {
            assertThat(shape.usual()).as("the usual shape must take the fast path: " + value).isFalse();
            return;
        }
        assertThat(contacts).hasSize(1);
        Address full = contacts.get(0);
        assertThat(scan.wildcard).isEqualTo(full.isWildcard());
        assertThat(new String(raw.bytes(), scan.uriStart, scan.uriEnd - scan.uriStart)).isEqualTo(full.uri());
        assertThat(scan.expires).isEqualTo(full.expires());
        String user = SipUri.parse(full.uri()).user();
        String fastUser = scan.userStart < 0 ? null : new String(raw.bytes(), scan.userStart, scan.userEnd - scan.userStart);
        assertThat(fastUser).isEqualTo(user);
        assertThat(scan.scan(raw, raw.find(HeaderName.TO, 0))).isTrue();
        assertThat(new String(raw.bytes(), scan.uriStart, scan.uriEnd - scan.uriStart)).isEqualTo(m.to().uri());
    }

    @Test
    void readsAWildcard() {
        SipMessage m = SipMessage.parse("REGISTER sip:h SIP/2.0\r\nContact:  * \r\nContent-Length: 0\r\n\r\n");
        RawMessage raw = new RawMessage().load(m);
        AddressScan scan = new AddressScan();
        assertThat(scan.scan(raw, raw.find(HeaderName.CONTACT, 0))).isTrue();
        assertThat(scan.wildcard).isTrue();
    }

    @Test
    void stepsAsideForAFoldedValue() {
        SipMessage m = SipMessage.parse("REGISTER sip:h SIP/2.0\r\nContact: <sip:a@h>\r\n ;expires=5\r\n"
                + "Content-Length: 0\r\n\r\n");
        RawMessage raw = new RawMessage().load(m);
        assertThat(new AddressScan().scan(raw, raw.find(HeaderName.CONTACT, 0))).isFalse();
        assertThat(m.contact().expires()).isEqualTo(5);
    }
}
