using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Files;

public sealed class FileSizeLimitTests
{
    private static readonly QipOptions Qip = new(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.Combine(Path.GetTempPath(), "qip-files-setup"));

    private static EvidenceFileOptions Read(string? maxBytes) =>
        FilesSetup.ReadOptions(new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(EvidenceFileOptions.MaxBytesKey, maxBytes)])
            .Build(), Qip);

    [Fact]
    public void The_limit_is_20_MB_unless_configured()
    {
        Assert.Equal(20 * 1024 * 1024, Read(null).MaxBytes);
        Assert.Equal(5_000_000, Read("5000000").MaxBytes);
    }

    [Theory]
    [InlineData("20MB")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    public void A_limit_that_is_not_a_sensible_number_of_bytes_stops_start_up_naming_the_setting(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(value));
        Assert.Contains("Evidence:MaxBytes", error.Message);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_naming_the_file_its_size_and_the_limit()
    {
        var options = Read(null);

        Assert.Null(options.RefuseSize("audit.pdf", 20 * 1024 * 1024));
        var refusal = options.RefuseSize("audit.pdf", 20 * 1024 * 1024 + 1);

        Assert.Equal("'audit.pdf' is 20 MB (20,971,521 bytes), over the 20 MB (20,971,520 bytes) limit for an evidence file.", refusal);
    }

    [Fact]
    public void Files_are_kept_in_the_evidence_folder_of_the_data_folder()
    {
        Assert.Equal(Path.Combine(Qip.DataFolder, "evidence"), Read(null).Folder);
    }

    [Fact]
    public void A_data_folder_inside_a_web_root_is_refused()
    {
        var inWebRoot = Qip with { DataFolder = Path.Combine(Path.GetTempPath(), "app", "wwwroot", "data") };
        var error = Assert.Throws<InvalidOperationException>(() => FilesSetup.ReadOptions(new ConfigurationBuilder().Build(), inWebRoot));
        Assert.Contains("wwwroot", error.Message);
    }

    [Fact]
    public void AddQipFiles_registers_the_local_store_and_creates_its_folder()
    {
        var qip = Qip with { DataFolder = Directory.CreateTempSubdirectory("qip-files-").FullName };
        try
        {
            using var provider = new ServiceCollection().AddQipFiles(new ConfigurationBuilder().Build(), qip)
                .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

            Assert.IsType<LocalFileStore>(provider.GetRequiredService<IFileStore>());
            Assert.True(Directory.Exists(Path.Combine(qip.DataFolder, "evidence")));
        }
        finally
        {
            Directory.Delete(qip.DataFolder, recursive: true);
        }
    }
}
