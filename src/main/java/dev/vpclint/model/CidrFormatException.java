package dev.vpclint.model;

/**
 * Text that is not a strict CIDR. Checked, because every caller reads user-written YAML and must
 * turn the failure into a finding that points at the offending line rather than crash.
 * {@link #getMessage()} is a one-line reason fit to show the user as it is.
 */
public class CidrFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public CidrFormatException(String message) {
        super(message);
    }
}
