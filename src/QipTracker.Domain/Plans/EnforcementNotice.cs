namespace QipTracker.Domain.Plans;

public sealed record EnforcementNotice(NoticeKind Kind, DateOnly ReceivedOn, string Summary);
