-- Fusion's progress per partition of the report topic when fusion runs in Kafka consumers
-- (reassure.monitoring.kafka.bootstrap-servers set): the last batch whose reports the partition's fusion has fused
-- with their incidents written, and the newest observation it has seen (its closing horizon). Derived state: a
-- partition restores its open incidents from it when it moves to another consumer.
CREATE TABLE monitoring_fusion_progress (
    partition_no INTEGER PRIMARY KEY,
    fused_batch  BIGINT  NOT NULL,
    fused_newest BIGINT  NOT NULL
);
