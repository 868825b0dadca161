-- The recipient's name as the fan-out found it: what {name} says in the delivery (no lookup per send).
ALTER TABLE notice_delivery ADD COLUMN recipient_name VARCHAR(320) NULL AFTER address;
