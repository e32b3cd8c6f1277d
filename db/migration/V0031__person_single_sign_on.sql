-- Single sign-on (issue 17): the person's account at the municipality's identity provider, as the
-- SHA-256 of its issuer and subject (the provider's stable, opaque id for the person). Set at the
-- first sign-in through the provider, when the person is found by their verified e-mail address
-- (or created, where the configuration allows); after that the person is found by this key, also
-- when their address changes at the provider. Only the hash is kept, and it stays when a person is
-- erased, so that an erased person's provider account is refused instead of linked anew.
ALTER TABLE person ADD COLUMN sso_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE person ADD CONSTRAINT uk_person_sso_key UNIQUE (sso_key);
