using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace QipTracker.Infrastructure.Files;

public enum FileStoreProvider { Local, AzureBlob }

/// <summary>
/// Which store keeps the app's files (Files:Provider: Local, the default, or AzureBlob) and, for Azure Blob
/// Storage, the account (Files:ConnectionString), the container (Files:Container, one per deployment, created if
/// missing) and how long to keep trying before a request is answered "unavailable" (Files:MaxRetries,
/// Files:NetworkTimeoutSeconds). Every node of a deployment must use the same store.
/// </summary>
public sealed partial record FileStoreOptions(FileStoreProvider Provider, string? ConnectionString, string Container, int MaxRetries, TimeSpan NetworkTimeout)
{
    public const string Section = "Files";
    public const string DefaultContainer = "qip-files";
    public const int DefaultMaxRetries = 3;
    // Azure's own defaults (3 tries of up to 100 s) would leave a person waiting minutes on a store that is gone;
    // 15 s still carries a 4 MB block at 300 KB/s.
    public const int DefaultNetworkTimeoutSeconds = 15;

    public static FileStoreOptions Local { get; } = new(FileStoreProvider.Local, null, DefaultContainer, DefaultMaxRetries, TimeSpan.FromSeconds(DefaultNetworkTimeoutSeconds));

    /// <summary>Reads the Files section; a setting that cannot work stops start-up with a sentence naming it.</summary>
    public static FileStoreOptions Read(IConfiguration config)
    {
        var files = config.GetSection(Section);
        var providerText = files["Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) ? FileStoreProvider.Local
            : Enum.TryParse<FileStoreProvider>(providerText.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) ? p
            : throw new InvalidOperationException($"{Section}:Provider is '{providerText}'; it must be Local (files in the data folder) or AzureBlob (Azure Blob Storage).");

        var container = string.IsNullOrWhiteSpace(files["Container"]) ? DefaultContainer : files["Container"]!.Trim();
        var maxRetries = SettingNumber.Read(files, "MaxRetries", DefaultMaxRetries, 0, 10);
        var timeout = TimeSpan.FromSeconds(SettingNumber.Read(files, "NetworkTimeoutSeconds", DefaultNetworkTimeoutSeconds, 1, 600));
        if (provider == FileStoreProvider.Local) return new(provider, null, container, maxRetries, timeout);

        var connectionString = files["ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"{Section}:Provider is AzureBlob but {Section}:ConnectionString is not set; give the storage account's connection string " +
                "(or set Files:Provider to Local to keep files in the data folder).");
        if (!ContainerName().IsMatch(container))
            throw new InvalidOperationException(
                $"{Section}:Container is '{container}'; a container name is 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
        return new(provider, connectionString.Trim(), container, maxRetries, timeout);
    }


    [GeneratedRegex(@"\A(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]\z")]
    private static partial Regex ContainerName();
}
