using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Files;

/// <summary>Files:Provider and its settings: the local folder unless told otherwise, and a setting that cannot work stops start-up naming it.</summary>
public sealed class FileStoreSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    [Fact]
    public void Files_stay_in_the_local_folder_with_sane_retries_unless_configured()
    {
        var options = FileStoreOptions.Read(Config());

        Assert.Equal(FileStoreProvider.Local, options.Provider);
        Assert.Equal((3, TimeSpan.FromSeconds(15), "qip-files"), (options.MaxRetries, options.NetworkTimeout, options.Container));
    }

    [Fact]
    public void Azure_blob_storage_is_read_from_its_settings()
    {
        var options = FileStoreOptions.Read(Config(("Files:Provider", "AzureBlob"), ("Files:ConnectionString", Azurite),
            ("Files:Container", "trust-files-prod"), ("Files:MaxRetries", "5"), ("Files:NetworkTimeoutSeconds", "10")));

        Assert.Equal((FileStoreProvider.AzureBlob, Azurite, "trust-files-prod", 5, TimeSpan.FromSeconds(10)),
            (options.Provider, options.ConnectionString, options.Container, options.MaxRetries, options.NetworkTimeout));
    }

    public static TheoryData<string, string?, string?, string?, string> Unworkable => new()
    {
        // provider, connection string, container, max retries, the setting the sentence must name
        { "Azure", Azurite, null, null, "Files:Provider is 'Azure'" },
        { "AzureBlob", null, null, null, "Files:ConnectionString is not set" },
        { "AzureBlob", "  ", null, null, "Files:ConnectionString is not set" },
        { "AzureBlob", Azurite, "Trust_Files", null, "Files:Container is 'Trust_Files'" },
        { "AzureBlob", Azurite, "a--b", null, "Files:Container is 'a--b'" },
        { "AzureBlob", Azurite, null, "many", "Files:MaxRetries is 'many'" },
        { "AzureBlob", Azurite, null, "11", "Files:MaxRetries is '11'" },
    };

    [Theory]
    [MemberData(nameof(Unworkable))]
    public void A_setting_that_cannot_work_stops_start_up_naming_it(string provider, string? connectionString, string? container, string? maxRetries, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => FileStoreOptions.Read(Config(("Files:Provider", provider),
            ("Files:ConnectionString", connectionString), ("Files:Container", container), ("Files:MaxRetries", maxRetries))));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_connection_string_azure_cannot_read_stops_start_up_naming_the_setting_but_not_repeating_it()
    {
        var qip = new QipOptions(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.Combine(Path.GetTempPath(), "qip-files-setup"));
        const string garbled = "AccountName=devstoreaccount1;AccountKey=not-base64!";

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection()
            .AddQipFiles(Config(("Files:Provider", "AzureBlob"), ("Files:ConnectionString", garbled)), qip));

        Assert.Contains("Files:ConnectionString is not a connection string Azure Blob Storage accepts", error.Message);
        Assert.DoesNotContain("not-base64", error.Message);
    }

    [Fact]
    public void AddQipFiles_registers_the_azure_store_without_touching_the_data_folder_or_the_network()
    {
        var qip = new QipOptions(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.Combine(Path.GetTempPath(), $"qip-files-{Guid.NewGuid():N}"));
        // Port 9 (discard) answers nothing: building the store must not call it.
        using var provider = new ServiceCollection()
            .AddQipFiles(Config(("Files:Provider", "AzureBlob"), ("Files:ConnectionString", Azurite.Replace(":10000", ":9", StringComparison.Ordinal))), qip)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.IsType<AzureBlobFileStore>(provider.GetRequiredService<IFileStore>());
        Assert.False(Directory.Exists(qip.DataFolder));
    }
}
