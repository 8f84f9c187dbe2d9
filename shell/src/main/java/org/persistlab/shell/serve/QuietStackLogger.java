package org.persistlab.shell.serve;

import gov.nist.core.StackLogger;
import java.util.Properties;

/**
 * JAIN-SIP's stack logger, silenced. The RI's default logger needs log4j, which the lab does not
 * ship, and {@code lab serve} reports what matters itself (events, counters, send failures), so the
 * stack's own debug stream is dropped. The stack instantiates this class by name
 * ({@code gov.nist.javax.sip.STACK_LOGGER}).
 */
public final class QuietStackLogger implements StackLogger {
    public QuietStackLogger() {
        // instantiated reflectively by the stack
    }

    @Override public void logStackTrace() { }
    @Override public void logStackTrace(int traceLevel) { }
    @Override public int getLineCount() { return 0; }
    @Override public void logException(Throwable ex) { }
    @Override public void logDebug(String message) { }
    @Override public void logDebug(String message, Exception ex) { }
    @Override public void logTrace(String message) { }
    @Override public void logFatalError(String message) { }
    @Override public void logError(String message) { }
    @Override public boolean isLoggingEnabled() { return false; }
    @Override public boolean isLoggingEnabled(int logLevel) { return false; }
    @Override public void logError(String message, Exception ex) { }
    @Override public void logWarning(String message) { }
    @Override public void logInfo(String message) { }
    @Override public void disableLogging() { }
    @Override public void enableLogging() { }
    @Override public void setBuildTimeStamp(String buildTimeStamp) { }
    @Override public void setStackProperties(Properties stackProperties) { }
    @Override public String getLoggerName() { return "lab-serve-quiet"; }
}
