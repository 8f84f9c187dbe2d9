package org.persistlab.shell.serve;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;

/**
 * JAIN-SIP's message logger, silenced: {@code --capture} records the traffic as a pcap instead. The
 * stack instantiates this class by name ({@code gov.nist.javax.sip.SERVER_LOGGER}).
 */
public final class QuietServerLogger implements ServerLogger {
    public QuietServerLogger() {
        // instantiated reflectively by the stack
    }

    @Override public void closeLogFile() { }
    @Override public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) { }
    @Override public void logMessage(SIPMessage message, String from, String to, String status, boolean sender,
                                     long time) { }
    @Override public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) { }
    @Override public void logException(Exception ex) { }
    @Override public void setStackProperties(Properties stackProperties) { }
    @Override public void setSipStack(SipStack sipStack) { }
}
