using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace QipTracker.Infrastructure.Files;

public static class FilesSetup
{
    private const long MaxConfigurableBytes = 1024L * 1024 * 1024;

    /// <summary>
    /// Registers the file store — &lt;DataFolder&gt;/evidence by default, or Azure Blob Storage with
    /// Files:Provider=AzureBlob (see <see cref="FileStoreOptions"/>) — and the evidence size limit
    /// (Evidence:MaxBytes, default 20 MB). A bad setting stops start-up naming the key.
    /// </summary>
    public static IServiceCollection AddQipFiles(this IServiceCollection services, IConfiguration config, QipOptions qip)
    {
        var options = ReadOptions(config, qip);
        var store = FileStoreOptions.Read(config);
        services.AddSingleton(options);
        services.AddSingleton(store);
        services.TryAddSingleton(TimeProvider.System);
        if (store.Provider == FileStoreProvider.AzureBlob)
        {
            var container = AzureBlobFileStore.Connect(store); // no request yet: the store may be down while the app starts
            services.AddSingleton<IFileStore>(sp => new AzureBlobFileStore(container, sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<AzureBlobFileStore>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<AzureBlobFileStore>.Instance));
        }
        else
        {
            Directory.CreateDirectory(options.Folder);
            services.AddSingleton<IFileStore, LocalFileStore>();
        }
        return services;
    }

    public static EvidenceFileOptions ReadOptions(IConfiguration config, QipOptions qip)
    {
        var folder = Path.GetFullPath(Path.Combine(qip.DataFolder, "evidence"));
        // The store's safety rests on nobody serving this folder; a data folder inside a web root would break that.
        if (folder.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Contains("wwwroot", StringComparer.OrdinalIgnoreCase))
            throw new InvalidOperationException($"DataFolder '{qip.DataFolder}' is inside a wwwroot folder; evidence files must be kept where the app never serves files.");

        var text = config[EvidenceFileOptions.MaxBytesKey];
        var maxBytes = EvidenceFileOptions.DefaultMaxBytes;
        if (!string.IsNullOrWhiteSpace(text)
            && !(long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out maxBytes) && maxBytes is >= 1 and <= MaxConfigurableBytes))
            throw new InvalidOperationException(
                $"{EvidenceFileOptions.MaxBytesKey} is '{text}'; it must be a whole number of bytes from 1 to {MaxConfigurableBytes} (e.g. 20971520 for 20 MB).");
        return new EvidenceFileOptions(folder, maxBytes);
    }
}
