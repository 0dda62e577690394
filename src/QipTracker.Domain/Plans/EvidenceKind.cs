namespace QipTracker.Domain.Plans;

public enum EvidenceKind { File, Link, Note }
