package org.reassure.monitoring.fusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.reassure.monitoring.GeoTagger;
import org.reassure.monitoring.Incident;
import org.reassure.monitoring.IncidentChange;
import org.reassure.monitoring.IncidentId;
import org.reassure.monitoring.Report;
import org.reassure.monitoring.ReportId;

/**
 * Incremental fusion of reports into incidents.
 *
 * <p><b>Definition.</b> Two reports are of the same event when they are at most {@code maxDistanceM} apart, at most
 * {@code timeWindow} apart in observation time, and their categories are compatible ({@link
 * org.reassure.monitoring.Category}). The incidents are the connected components of that relation (single linkage):
 * a report that links two incidents merges them. The relation is symmetric and evaluated exactly the same way
 * whichever report came first, and each incident is computed from its reports in report-id order ({@link
 * IncidentAssembly}), so the incidents do not depend on arrival order as long as no report is {@link Admission#LATE}.
 * Distances use an equirectangular approximation on the mean sphere at the pair's mean latitude: within 0.5% of the
 * distance on the ellipsoid (the sphere's share; the approximation adds well under a metre at 2 km). Times are
 * compared in whole milliseconds.
 *
 * <p><b>Mechanics.</b> Open reports live in primitive arrays ({@link ReportSlots}) grouped by an online union-find,
 * and in a grid of cells at least {@code maxDistanceM} wide keyed by a packed long ({@link GridCells}), so a report
 * only meets the reports of the 3 x 3 cells around it. Rows are {@code maxDistanceM} high; a row's columns are as wide
 * as {@code maxDistanceM} is at the poleward edge of the rows around it, so the 3 x 3 neighbourhood always covers the
 * distance. No antimeridian wrap: the theatre does not need it.
 *
 * <p><b>Windows.</b> A report observed more than {@code allowedLateness} behind the newest observation seen is LATE
 * and refused. An incident whose last report is more than {@code timeWindow + allowedLateness} behind the newest
 * observation can therefore gain no more reports: it is closed, announced as {@link IncidentChange.Closed}, and
 * forgotten.
 *
 * <p><b>Changes.</b> After each {@link #accept} or {@link #acceptAll} the listener hears, once per changed incident,
 * {@link IncidentChange.Created} or {@link IncidentChange.Updated}, then {@link IncidentChange.MergedAway} for ids
 * that no longer exist, then {@link IncidentChange.Closed}. Use one instance per thread (e.g. per partition).
 */
public final class IncidentFusion {

    private static final double METRES_PER_DEGREE = Math.toRadians(6_371_008.8);
    private static final double CELL_MARGIN = 1.000001;
    private static final double SINGLE_COLUMN_LATITUDE = 89.9;
    private static final int INITIAL_CAPACITY = 1 << 12;
    private static final Comparator<Incident> BY_FIRST_REPORT = Comparator.comparing(incident -> incident.reportIds().get(0));

    private record PendingMerge(IncidentId gone, int slot) {
    }

    private final Consumer<? super IncidentChange> listener;
    private final IncidentAssembly assembly;
    private final double maxDistanceM;
    private final double maxDistanceSquared;
    private final double rowHeightDegrees;
    private final long windowMs;
    private final long latenessMs;
    private final ReportSlots slots = new ReportSlots(INITIAL_CAPACITY);
    private final GridCells cells = new GridCells(slots, INITIAL_CAPACITY);
    private final ClosingQueue closing = new ClosingQueue();
    private final Set<ReportId> open = new HashSet<>();
    private final List<PendingMerge> pendingMerges = new ArrayList<>();
    private int[] dirtyRoots = new int[64];
    private int dirtyCount;
    private Report[] members = new Report[16];
    private boolean started;
    private long newestMs;
    private long fusedCount;
    private long duplicateCount;
    private long lateCount;
    private long closedCount;
    private int openIncidents;

    public IncidentFusion(FusionSettings settings, GeoTagger tagger, Consumer<? super IncidentChange> listener) {
        this.listener = listener;
        this.assembly = new IncidentAssembly(tagger);
        this.maxDistanceM = settings.maxDistanceM();
        this.maxDistanceSquared = maxDistanceM * maxDistanceM;
        this.rowHeightDegrees = maxDistanceM / METRES_PER_DEGREE * CELL_MARGIN;
        this.windowMs = settings.timeWindow().toMillis();
        this.latenessMs = settings.allowedLateness().toMillis();
    }

    /** Fuses the reports as a whole, in observation order, and returns every incident, closed, by first report id. */
    public static List<Incident> rebuild(Collection<Report> reports, FusionSettings settings, GeoTagger tagger) {
        List<Incident> incidents = new ArrayList<>();
        IncidentFusion fusion = new IncidentFusion(settings, tagger, change -> {
            if (change instanceof IncidentChange.Closed closed) {
                incidents.add(closed.incident());
            }
        });
        List<Report> inObservationOrder = new ArrayList<>(reports);
        inObservationOrder.sort(Comparator.comparing(Report::observedAt).thenComparing(Report::id));
        fusion.acceptAll(inObservationOrder);
        fusion.closeAll();
        incidents.sort(BY_FIRST_REPORT);
        return incidents;
    }

    public Admission accept(Report report) {
        Admission admission = admit(report);
        publish();
        closeDue();
        return admission;
    }

    /** Fuses a batch and announces its changes once; returns the reports refused as {@link Admission#LATE}. */
    public List<Report> acceptAll(Collection<? extends Report> reports) {
        List<Report> late = new ArrayList<>(0);
        for (Report report : reports) {
            if (admit(report) == Admission.LATE) {
                late.add(report);
            }
        }
        publish();
        closeDue();
        return late;
    }

    /** Closes every open incident, as at the end of a rebuild or at shutdown. */
    public void closeAll() {
        publish();
        for (int root : slots.liveRoots()) {
            close(root);
        }
        closing.clear();
    }

    /** The open incidents, by first report id. */
    public List<Incident> snapshot() {
        List<Incident> incidents = new ArrayList<>(openIncidents);
        for (int root : slots.liveRoots()) {
            incidents.add(assemble(root));
        }
        incidents.sort(BY_FIRST_REPORT);
        return incidents;
    }

    public FusionStats stats() {
        return new FusionStats(fusedCount, duplicateCount, lateCount, closedCount, openIncidents, open.size());
    }

    private Admission admit(Report report) {
        long observedMs = report.observedAt().toEpochMilli();
        if (started && observedMs < newestMs - latenessMs) {
            lateCount++;
            return Admission.LATE;
        }
        if (!open.add(report.id())) {
            duplicateCount++;
            return Admission.DUPLICATE;
        }
        if (!started || observedMs > newestMs) {
            newestMs = observedMs;
            started = true;
        }
        int slot = slots.allocate(report, observedMs);
        openIncidents++;
        int root = linkNeighbours(slot);
        cells.add(slot, cellOf(slot));
        markDirty(root);
        closing.push(slots.lastObservedMs[root], root);
        fusedCount++;
        return Admission.FUSED;
    }

    private int linkNeighbours(int slot) {
        int root = slot;
        int row = rowOf(slots.lat[slot]);
        for (int r = row - 1; r <= row + 1; r++) {
            double width = columnWidth(r);
            int column = (int) Math.floor(slots.lon[slot] / width);
            for (int c = column - 1; c <= column + 1; c++) {
                root = linkCell(slot, root, GridCells.key(r, c));
            }
        }
        return root;
    }

    /** Links the report to the cell's reports of the same event; drops from the grid those too old to link again. */
    private int linkCell(int slot, int root, long key) {
        long finishedBefore = newestMs - latenessMs - windowMs;
        int other = cells.head(key);
        while (other != ReportSlots.NONE) {
            int next = slots.cellNext[other];
            if (slots.timeMs[other] < finishedBefore) {
                cells.remove(other);
            } else if (sameEvent(slot, other)) {
                int otherRoot = slots.find(other);
                if (otherRoot != root) {
                    root = join(root, otherRoot);
                }
            }
            other = next;
        }
        return root;
    }

    private boolean sameEvent(int a, int b) {
        return Math.abs(slots.timeMs[a] - slots.timeMs[b]) <= windowMs
                && (slots.compatibleMask[a] & slots.categoryBit[b]) != 0
                && distanceSquared(a, b) <= maxDistanceSquared;
    }

    /** Symmetric to the last bit: swapping a and b only negates the differences. */
    private double distanceSquared(int a, int b) {
        double meanLat = (slots.lat[a] + slots.lat[b]) * 0.5;
        double dy = (slots.lat[a] - slots.lat[b]) * METRES_PER_DEGREE;
        double dx = (slots.lon[a] - slots.lon[b]) * METRES_PER_DEGREE * Math.cos(Math.toRadians(meanLat));
        return dx * dx + dy * dy;
    }

    private int join(int root, int otherRoot) {
        int keep = slots.union(root, otherRoot);
        int absorbed = keep == root ? otherRoot : root;
        IncidentId gone = slots.announced[absorbed];
        if (gone != null) {
            slots.announced[absorbed] = null;
            if (slots.announced[keep] == null) {
                slots.announced[keep] = gone;
            } else {
                pendingMerges.add(new PendingMerge(gone, keep));
            }
        }
        openIncidents--;
        return keep;
    }

    private int rowOf(double lat) {
        return (int) Math.floor(lat / rowHeightDegrees);
    }

    /** Wide enough for maxDistanceM at the most poleward latitude of rows row-1 to row+1. */
    private double columnWidth(int row) {
        double poleward = Math.max(Math.abs((row - 1) * rowHeightDegrees), Math.abs((row + 2) * rowHeightDegrees));
        if (poleward >= SINGLE_COLUMN_LATITUDE) {
            return 720;
        }
        return maxDistanceM / (METRES_PER_DEGREE * Math.cos(Math.toRadians(poleward))) * CELL_MARGIN;
    }

    private long cellOf(int slot) {
        int row = rowOf(slots.lat[slot]);
        return GridCells.key(row, (int) Math.floor(slots.lon[slot] / columnWidth(row)));
    }

    private void markDirty(int root) {
        if (!slots.dirty[root]) {
            slots.dirty[root] = true;
            if (dirtyCount == dirtyRoots.length) {
                dirtyRoots = Arrays.copyOf(dirtyRoots, dirtyCount * 2);
            }
            dirtyRoots[dirtyCount++] = root;
        }
    }

    private void publish() {
        for (int i = 0; i < dirtyCount; i++) {
            int root = slots.find(dirtyRoots[i]);
            if (slots.dirty[root]) {
                slots.dirty[root] = false;
                announce(root);
            }
        }
        dirtyCount = 0;
        for (PendingMerge merge : pendingMerges) {
            IncidentId into = slots.announced[slots.find(merge.slot())];
            if (!merge.gone().equals(into)) {
                listener.accept(new IncidentChange.MergedAway(merge.gone(), into));
            }
        }
        pendingMerges.clear();
    }

    private void announce(int root) {
        Incident incident = assemble(root);
        IncidentId previous = slots.announced[root];
        boolean known = incident.id().equals(previous) || pendingMergeOf(root, incident.id());
        listener.accept(known ? new IncidentChange.Updated(incident) : new IncidentChange.Created(incident));
        if (previous != null && !previous.equals(incident.id())) {
            listener.accept(new IncidentChange.MergedAway(previous, incident.id()));
        }
        slots.announced[root] = incident.id();
        slots.latest[root] = incident;
    }

    /** Whether the id was announced for an incident that merged into this root since the last announcement. */
    private boolean pendingMergeOf(int root, IncidentId id) {
        for (PendingMerge merge : pendingMerges) {
            if (merge.gone().equals(id) && slots.find(merge.slot()) == root) {
                return true;
            }
        }
        return false;
    }

    private void closeDue() {
        long cutoff = newestMs - latenessMs - windowMs;
        while (!closing.isEmpty() && closing.peekTime() < cutoff) {
            int slot = closing.pop();
            if (slots.isLiveRoot(slot) && slots.lastObservedMs[slot] < cutoff) {
                close(slot);
            }
        }
    }

    /** Runs after {@link #publish()}, which announced every root that changed: the root's latest incident is current. */
    private void close(int root) {
        Incident incident = slots.latest[root];
        for (int member = root; member != ReportSlots.NONE; ) {
            int next = slots.nextMember[member];
            open.remove(slots.report[member].id());
            if (slots.inCell[member]) {
                cells.remove(member);
            }
            slots.release(member);
            member = next;
        }
        openIncidents--;
        closedCount++;
        listener.accept(new IncidentChange.Closed(incident));
    }

    private Incident assemble(int root) {
        int count = slots.size[root];
        if (members.length < count) {
            members = new Report[Math.max(count, members.length * 2)];
        }
        int n = 0;
        for (int member = root; member != ReportSlots.NONE; member = slots.nextMember[member]) {
            members[n++] = slots.report[member];
        }
        Incident incident = assembly.assemble(members, n);
        Arrays.fill(members, 0, n, null);
        return incident;
    }
}
