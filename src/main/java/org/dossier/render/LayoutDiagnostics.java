package org.dossier.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages. Its own logger prints every timing and font load to stderr, so it
 * is replaced (process-wide, as openhtmltopdf's logging is static) by one that prints nothing;
 * each render still receives its messages as diagnostics, and warnings go to our log.
 */
final class LayoutDiagnostics implements Consumer<Diagnostic> {

    private static final Logger LOG = LoggerFactory.getLogger(BriefRenderer.class);

    static {
        XRLog.setLoggerImpl(new Silent());
    }

    @Override
    public void accept(Diagnostic diagnostic) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            LOG.warn("PDF layout: {}", diagnostic.getFormattedMessage());
        }
    }

    private static final class Silent implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}
