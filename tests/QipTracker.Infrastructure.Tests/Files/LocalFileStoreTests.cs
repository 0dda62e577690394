using Microsoft.Extensions.Time.Testing;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Tests.Files;

public sealed class LocalFileStoreTests : IDisposable
{
    private static readonly Guid Trust = Guid.Parse("6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6");
    private static readonly Guid OtherTrust = Guid.Parse("0a0b0c0d-1111-2222-3333-444455556666");

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("qip-store-").FullName;
    private readonly LocalFileStore _store;
    private readonly string _folder;

    public LocalFileStoreTests()
    {
        _folder = Path.Combine(_dataFolder, "evidence");
        _store = new LocalFileStore(new EvidenceFileOptions(_folder, EvidenceFileOptions.DefaultMaxBytes),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)));
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private string[] FilesOnDisk() => Directory.Exists(_folder) ? Directory.GetFiles(_folder, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public async Task A_stored_file_reads_back_byte_for_byte()
    {
        var bytes = SampleFiles.Pdf();

        var stored = await _store.SaveAsync(Trust, new MemoryStream(bytes));
        await using var read = await _store.OpenReadAsync(Trust, stored.Key);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal(bytes.Length, stored.SizeBytes);
    }

    [Fact]
    public async Task Files_land_under_the_trust_and_year_with_a_generated_name()
    {
        var first = await _store.SaveAsync(Trust, new MemoryStream(SampleFiles.Csv()));
        var second = await _store.SaveAsync(Trust, new MemoryStream(SampleFiles.Csv()));

        Assert.Matches($"^{Trust:D}/2026/[0-9a-f]{{32}}$", first.Key);
        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(
            new[] { first.Key, second.Key }.Select(k => Path.Combine(_folder, k)).Order(),
            FilesOnDisk().Order());
    }

    [Fact]
    public async Task Only_the_apps_own_account_can_read_a_stored_file()
    {
        if (OperatingSystem.IsWindows()) return;
        var stored = await _store.SaveAsync(Trust, new MemoryStream(SampleFiles.Pdf()));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, stored.Key)));
    }

    [Fact]
    public async Task A_deleted_file_is_gone_and_deleting_it_again_is_harmless()
    {
        var stored = await _store.SaveAsync(Trust, new MemoryStream(SampleFiles.Png()));

        await _store.DeleteAsync(Trust, stored.Key);
        await _store.DeleteAsync(Trust, stored.Key);

        Assert.Empty(FilesOnDisk());
        await Assert.ThrowsAsync<FileNotFoundException>(() => _store.OpenReadAsync(Trust, stored.Key));
    }

    [Fact]
    public async Task An_upload_that_breaks_part_way_leaves_nothing_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync(Trust, new BrokenStream(bytesBeforeFailure: 300_000)));

        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_behind()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _store.SaveAsync(Trust, new MemoryStream(new byte[500_000]), cancel.Token));

        Assert.Empty(FilesOnDisk());
    }

    [Fact]
    public async Task Another_trusts_key_is_refused_even_though_the_file_exists()
    {
        var theirs = await _store.SaveAsync(OtherTrust, new MemoryStream(SampleFiles.Pdf()));

        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(Trust, theirs.Key));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(Trust, theirs.Key));
        Assert.Single(FilesOnDisk());
    }

    public static TheoryData<string> EscapingKeys => new()
    {
        "../../../etc/passwd",
        "/etc/passwd",
        $"{Trust:D}/2026/../../../../etc/passwd",
        $"{Trust:D}/2026/../../{OtherTrust:D}/2026/0123456789abcdef0123456789abcdef",
        $"{Trust:D}/../{OtherTrust:D}/2026/0123456789abcdef0123456789abcdef",
        $"{Trust:D}\\2026\\0123456789abcdef0123456789abcdef",
        $"{Trust:D}/2026/0123456789abcdef0123456789abcdef\n",
        $"{Trust:D}/2026/0123456789abcdef0123456789abcdef.part",
        $"{Trust:D}/2026/0123456789ABCDEF0123456789ABCDEF",
        $"{Trust:D}/2026/",
        $"{Trust:D}",
        "",
    };

    [Theory]
    [MemberData(nameof(EscapingKeys))]
    public async Task A_key_that_is_not_exactly_one_of_the_stores_own_is_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(Trust, key));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(Trust, key));
    }
}
