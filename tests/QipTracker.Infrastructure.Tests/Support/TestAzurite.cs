using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>
/// The Azurite blob service scripts/test.sh installs and starts on a loopback port (QIP_TEST_AZURITE holds its
/// connection string). Without it the test fails, loudly, never skipped. Each caller takes a container of its own.
/// </summary>
public static class TestAzurite
{
    public const string Variable = "QIP_TEST_AZURITE";

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException($"{Variable} is not set: run the tests with ./scripts/test.sh, which installs and starts Azurite.");

    /// <summary>A container name no other test uses (not created: the store makes it on first use).</summary>
    public static string NewContainerName() => $"test-{Guid.NewGuid():N}";

    /// <summary>The Files settings of an app that keeps its files in this container of Azurite (or of <paramref name="connectionString"/>).</summary>
    public static Dictionary<string, string?> Settings(string container, string? connectionString = null, int maxRetries = 1) => new()
    {
        ["Files:Provider"] = "AzureBlob",
        ["Files:ConnectionString"] = connectionString ?? ConnectionString,
        ["Files:Container"] = container,
        ["Files:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Files:NetworkTimeoutSeconds"] = "5",
    };

    /// <summary>The container as the store's own settings would reach it.</summary>
    public static BlobContainerClient Container(string name) =>
        AzureBlobFileStore.Connect(FileStoreOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(Settings(name)).Build()));

    /// <summary>Azurite's connection string with the blob endpoint moved to another loopback port (e.g. a closed one).</summary>
    public static string ConnectionStringOnPort(int port)
    {
        var parts = ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase)
                ? "BlobEndpoint=" + new UriBuilder(p["BlobEndpoint=".Length..]) { Port = port }.Uri.ToString().TrimEnd('/')
                : p);
        return string.Join(';', parts) + ';';
    }

    /// <summary>The port of Azurite's blob endpoint.</summary>
    public static int Port => new Uri(ConnectionString.Split(';').Single(p => p.StartsWith("BlobEndpoint=", StringComparison.OrdinalIgnoreCase))["BlobEndpoint=".Length..]).Port;

    /// <summary>A loopback port nothing listens on: bound by the system, then released.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
