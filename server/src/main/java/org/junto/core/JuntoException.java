package org.junto.core;

/** A failure whose cause is the caller's request, not the server: each door maps it to its own error shape. */
public class JuntoException extends RuntimeException {
    private final Kind kind;

    public enum Kind {
        BAD_REQUEST(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        GONE(410),
        UNPROCESSABLE(422),
        TOO_MANY_REQUESTS(429),
        UNAVAILABLE(503);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    public JuntoException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static JuntoException notFound() {
        return new JuntoException(Kind.NOT_FOUND, "Record not found");
    }

    public static JuntoException invalid(String message) {
        return new JuntoException(Kind.UNPROCESSABLE, message);
    }

    public static JuntoException forbidden(String message) {
        return new JuntoException(Kind.FORBIDDEN, message);
    }

    public static JuntoException badRequest(String message) {
        return new JuntoException(Kind.BAD_REQUEST, message);
    }

    public static JuntoException unauthorized(String message) {
        return new JuntoException(Kind.UNAUTHORIZED, message);
    }
}
