-- Single sign-on with OpenID Connect (issue #18): an account signed in through the provider keeps the
-- provider's identity for the person ("issuer|subject"), so that a renamed user name at the provider
-- still finds the same account, and one account never answers for two people.
ALTER TABLE app_user ADD COLUMN sso_subject VARCHAR(255) NULL;
CREATE UNIQUE INDEX uk_app_user_sso_subject ON app_user (sso_subject);
