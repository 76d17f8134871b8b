package dev.vpclint.load;

/** A usage or I/O problem with the command's inputs (missing path, unreadable folder): exit code 2. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
