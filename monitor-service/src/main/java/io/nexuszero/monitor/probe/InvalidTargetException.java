package io.nexuszero.monitor.probe;

/** A target in config.yml that cannot be probed; the message names the target and what is wrong. */
public class InvalidTargetException extends IllegalArgumentException {

    public InvalidTargetException(String message) {
        super(message);
    }
}
