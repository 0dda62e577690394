namespace QipTracker.Domain.Trusts;

public enum TrustType { Acute, MentalHealth, Community, Ambulance, Combined }
