namespace QipTracker.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }
