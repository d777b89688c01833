-- fused_seq is the greatest seq of a report the partition has fused. A poll may end within a batch, so the
-- partition's fused_batch can lag reports it has already fused and whose records the topic will not deliver again;
-- a restore takes up exactly the open reports up to fused_seq. Progress recorded before this column ended on batches.
ALTER TABLE monitoring_fusion_progress ADD COLUMN fused_seq BIGINT NOT NULL DEFAULT 0;
UPDATE monitoring_fusion_progress
   SET fused_seq = COALESCE((SELECT MAX(last_seq) FROM monitoring_batches WHERE id <= monitoring_fusion_progress.fused_batch), 0);
