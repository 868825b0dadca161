-- WeChat Pay Native payment (§2.4): the merchant's app id, and the certificate serial and private
-- key it signs its requests with. Empty: the tenant takes notifications only.
ALTER TABLE wechat_pay_settings
  ADD COLUMN app_id               VARCHAR(32)  NULL,
  ADD COLUMN merchant_serial      VARCHAR(64)  NULL,
  ADD COLUMN merchant_private_key TEXT         NULL;
