using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Tests.Files;

/// <summary>The file store contract on a local folder, and what only a folder on disk must do.</summary>
public sealed class LocalFileStoreTests : FileStoreTests
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("qip-store-").FullName;
    private string Folder => Path.Combine(_dataFolder, "evidence");

    protected override Task<IFileStore> CreateStoreAsync() =>
        Task.FromResult<IFileStore>(new LocalFileStore(new EvidenceFileOptions(Folder, EvidenceFileOptions.DefaultMaxBytes), Clock));

    // Every file under the folder, ".part" files too: a half-written file must not be left either.
    protected override Task<IReadOnlyList<string>> EverythingStoredAsync() => Task.FromResult<IReadOnlyList<string>>(Directory.Exists(Folder)
        ? [.. Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))]
        : []);

    protected override Task DeleteStoreAsync()
    {
        Directory.Delete(_dataFolder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Only_the_apps_own_account_can_read_a_stored_file()
    {
        if (OperatingSystem.IsWindows()) return;
        var stored = await Store.SaveAsync(Trust, new MemoryStream(SampleFiles.Pdf()), "application/pdf");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Folder, stored.Key)));
    }
}
