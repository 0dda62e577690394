using Microsoft.Extensions.Configuration;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure;

/// <summary>The configuration every part of the app reads, resolved once at start-up.</summary>
public sealed record QipOptions(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public DatabaseRetry Retry { get; init; } = DatabaseRetry.Default;

    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Qip";

    /// <summary>
    /// Reads Database:Provider, ConnectionStrings:Qip, DataFolder and the retry settings (<see cref="DatabaseRetry"/>). An unknown provider stops
    /// start-up with the valid values named; SQLite defaults to a file in the data folder.
    /// </summary>
    public static QipOptions From(IConfiguration config, string contentRoot)
    {
        var providerText = config[ProviderKey];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText)) provider = DatabaseProvider.Sqlite;
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
            throw new InvalidOperationException(
                $"{ProviderKey} is '{providerText}', which is not a database this app supports. Valid values: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");

        var dataFolder = Path.GetFullPath(config["DataFolder"] is { Length: > 0 } folder ? folder : "data", contentRoot);
        Directory.CreateDirectory(dataFolder);

        var connection = config.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Qip is not set (environment variable ConnectionStrings__Qip).");
            connection = $"Data Source={Path.Combine(dataFolder, "qiptracker.db")}";
        }
        return new QipOptions(provider, connection, dataFolder) { Retry = DatabaseRetry.From(config) };
    }
}
