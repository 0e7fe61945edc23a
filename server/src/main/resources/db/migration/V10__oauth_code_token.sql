-- Remembers which token an authorization code was exchanged for, so that a replayed code can revoke that token
-- (RFC 6749 section 4.1.2: a code used twice may have been stolen).
ALTER TABLE oauth_codes ADD COLUMN token_id BIGINT;
