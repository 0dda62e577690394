using Microsoft.Extensions.Time.Testing;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Tests.Files;

/// <summary>
/// What every file store promises (<see cref="IFileStore"/>), run once per store: <see cref="LocalFileStoreTests"/>
/// on a temp folder and <see cref="AzureBlobFileStoreTests"/> on a fresh container of Azurite.
/// </summary>
public abstract class FileStoreTests : IAsyncLifetime
{
    protected static readonly Guid Trust = Guid.Parse("6f1c2e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6");
    protected static readonly Guid OtherTrust = Guid.Parse("0a0b0c0d-1111-2222-3333-444455556666");
    protected static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    protected IFileStore Store { get; private set; } = null!;

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IFileStore> CreateStoreAsync();

    /// <summary>Every file the store holds, whole or not, as keys relative to the store's root.</summary>
    protected abstract Task<IReadOnlyList<string>> EverythingStoredAsync();

    protected abstract Task DeleteStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    protected static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    [Fact]
    public async Task A_stored_file_reads_back_byte_for_byte()
    {
        var bytes = SampleFiles.Pdf();

        var stored = await Store.SaveAsync(Trust, new MemoryStream(bytes), "application/pdf");

        Assert.Equal(bytes, await ReadAllAsync(await Store.OpenReadAsync(Trust, stored.Key)));
        Assert.Equal(bytes.Length, stored.SizeBytes);
    }

    [Fact]
    public async Task A_file_larger_than_an_upload_block_streams_in_and_out_whole()
    {
        // Over two blocks, from a stream that can neither seek nor tell its length, as a browser upload arrives.
        var bytes = new byte[(2 * AzureBlobFileStore.BlockBytes) + 12_345];
        new Random(15).NextBytes(bytes);

        var stored = await Store.SaveAsync(Trust, new OneWayStream(bytes), "application/pdf");

        Assert.Equal(bytes.Length, stored.SizeBytes);
        var read = await ReadAllAsync(await Store.OpenReadAsync(Trust, stored.Key));
        Assert.True(bytes.AsSpan().SequenceEqual(read), "the file read back differs from the one stored");
    }

    [Fact]
    public async Task Files_land_under_the_trust_and_year_with_a_generated_name()
    {
        var first = await Store.SaveAsync(Trust, new MemoryStream(SampleFiles.Csv()), "text/csv");
        var second = await Store.SaveAsync(Trust, new MemoryStream(SampleFiles.Csv()), "text/csv");

        Assert.Matches($"^{Trust:D}/2026/[0-9a-f]{{32}}$", first.Key);
        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(new[] { first.Key, second.Key }.Order(), (await EverythingStoredAsync()).Order());
    }

    [Fact]
    public async Task A_deleted_file_is_gone_and_deleting_it_again_is_harmless()
    {
        var stored = await Store.SaveAsync(Trust, new MemoryStream(SampleFiles.Png()), "image/png");

        await Store.DeleteAsync(Trust, stored.Key);
        await Store.DeleteAsync(Trust, stored.Key);

        Assert.Empty(await EverythingStoredAsync());
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.OpenReadAsync(Trust, stored.Key));
    }

    [Fact]
    public async Task An_upload_that_breaks_part_way_leaves_nothing_behind()
    {
        var error = await Assert.ThrowsAsync<IOException>(() => Store.SaveAsync(Trust, new BrokenStream(bytesBeforeFailure: 300_000), "application/pdf"));

        Assert.Equal("The connection was reset.", error.Message); // the upload's own failure, not the store's
        Assert.Empty(await EverythingStoredAsync());
    }

    [Fact]
    public async Task An_upload_that_breaks_after_a_whole_block_leaves_nothing_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => Store.SaveAsync(Trust, new BrokenStream(bytesBeforeFailure: AzureBlobFileStore.BlockBytes + 1000), "application/pdf"));

        Assert.Empty(await EverythingStoredAsync());
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_behind()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.SaveAsync(Trust, new MemoryStream(new byte[500_000]), "application/pdf", cancel.Token));

        Assert.Empty(await EverythingStoredAsync());
    }

    [Fact]
    public async Task Another_trusts_key_is_refused_even_though_the_file_exists()
    {
        var theirs = await Store.SaveAsync(OtherTrust, new MemoryStream(SampleFiles.Pdf()), "application/pdf");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(Trust, theirs.Key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(Trust, theirs.Key));
        Assert.Equal([theirs.Key], await EverythingStoredAsync());
    }

    [Fact]
    public async Task A_file_without_its_trust_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(Guid.Empty, new MemoryStream(SampleFiles.Pdf()), "application/pdf"));
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
        $"{Trust:D}/2026/0123456789abcdef0123456789abcdef?comp=list",
        $"{Trust:D}/2026/0123456789abcdef0123456789abcdef%2F",
        $"{Trust:D}/2026/",
        $"{Trust:D}",
        "",
    };

    [Theory]
    [MemberData(nameof(EscapingKeys))]
    public async Task A_key_that_is_not_exactly_one_of_the_stores_own_is_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(Trust, key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(Trust, key));
    }
}
