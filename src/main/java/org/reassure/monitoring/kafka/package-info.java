/**
 * Scale-out of fusion on Kafka (on when {@code reassure.monitoring.kafka.bootstrap-servers} is set): committed reports
 * go to a topic keyed by geographic cell ({@link org.reassure.monitoring.kafka.CellGrid}), and fusion runs in the
 * members of a consumer group, one fusion per partition, writing the incidents to the database.
 */
package org.reassure.monitoring.kafka;
