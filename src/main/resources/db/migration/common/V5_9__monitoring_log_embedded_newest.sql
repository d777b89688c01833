-- fused_newest is raised by the fusion of every partition in the Kafka mode (it closes incidents for readers);
-- embedded_newest stays what the in-process fusion had seen at fused_batch. A partition without progress of its own
-- starts from the in-process fusion's point, both its batch and its newest observation: taking the newest another
-- partition had reached, its fusion would refuse its own first reports as late.
ALTER TABLE monitoring_log ADD COLUMN embedded_newest BIGINT NOT NULL DEFAULT 0;
UPDATE monitoring_log SET embedded_newest = fused_newest;
