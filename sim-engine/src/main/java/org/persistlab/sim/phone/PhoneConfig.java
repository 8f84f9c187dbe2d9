package org.persistlab.sim.phone;

import java.util.List;
import java.util.Set;
import org.persistlab.sip.Endpoint;

/**
 * Everything a simulated J1xx phone needs, in nanoseconds, resolved from its persist-settings file
 * and the scenario. The first controller is the primary (ACO); the others are failover targets in
 * priority order.
 *
 * @param id                         the phone's index in the run (its random stream and truth key)
 * @param extension                  the phone's extension (FORCE_SIP_USERNAME at IP Office)
 * @param address                    the phone's IP address (port 5060 for UDP; TCP uses ephemeral ports)
 * @param userAgent                  the User-Agent header; IP Office licenses "Avaya" phones differently
 * @param registerWait               REGISTERWAIT: re-registration period
 * @param recoveryRegisterWait       RECOVERYREGISTERWAIT: basis of the U(0.5, 0.9) retry wait
 * @param waitForRegistration        WAIT_FOR_REGISTRATION_TIMER: REGISTER response timeout
 * @param controllerSearchInterval   CONTROLLER_SEARCH_INTERVAL: how long a search waits for answers
 * @param fastResponseTimeout        FAST_RESPONSE_TIMEOUT for INVITE; 0 turns it off (Timer B applies)
 * @param autoFailback               FAILBACK_POLICY auto (true) or admin (false)
 * @param optionsInterval            LAB_OPTIONS_INTERVAL: OPTIONS poll period toward the primary
 * @param optionsTimeout             LAB_OPTIONS_TIMEOUT: how long one poll may stay unanswered
 * @param optionsFailures            LAB_OPTIONS_FAILURES: consecutive unanswered polls that mean "lost"
 * @param tcpKeepAlive               TCP_KEEP_ALIVE_STATUS
 * @param tcpKeepAliveTime           TCP_KEEP_ALIVE_TIME: idle time before a keep-alive probe
 * @param tcpKeepAliveInterval       TCP_KEEP_ALIVE_INTERVAL: wait between unanswered probes
 * @param tcpKeepAliveProbes         LAB_TCP_KEEP_ALIVE_PROBES: unanswered probes before the socket is lost
 * @param emergencyNumbers           PHNEMERGNUM and PHNMOREEMERGNUMS
 * @param bootDelay                  when, after the run starts, the phone first registers
 */
public record PhoneConfig(int id, String extension, Endpoint address, String userAgent, List<Controller> controllers,
                          long registerWait, long recoveryRegisterWait, long waitForRegistration,
                          long controllerSearchInterval, long fastResponseTimeout, boolean autoFailback,
                          long optionsInterval, long optionsTimeout, int optionsFailures,
                          boolean tcpKeepAlive, long tcpKeepAliveTime, long tcpKeepAliveInterval, int tcpKeepAliveProbes,
                          Set<String> emergencyNumbers, long bootDelay, CallBehaviour calls) {

    public PhoneConfig {
        if (controllers.isEmpty()) {
            throw new IllegalArgumentException("phone " + extension + " has no controller");
        }
        controllers = List.copyOf(controllers);
        emergencyNumbers = Set.copyOf(emergencyNumbers);
    }

    public Controller primary() {
        return controllers.get(0);
    }
}
