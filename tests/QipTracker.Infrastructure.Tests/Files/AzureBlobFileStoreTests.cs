using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Files;

/// <summary>
/// The file store contract on Azure Blob Storage (Azurite, started by scripts/test.sh), each test in a container
/// of its own, built the way the app builds it (<see cref="FilesSetup.AddQipFiles"/>); and what only a shared
/// store must do: serve one node's files to another, and say clearly when it cannot be reached.
/// </summary>
public sealed class AzureBlobFileStoreTests : FileStoreTests
{
    private readonly string _containerName = TestAzurite.NewContainerName();
    private readonly List<ServiceProvider> _nodes = [];
    private BlobContainerClient Container => TestAzurite.Container(_containerName);

    protected override Task<IFileStore> CreateStoreAsync() => Task.FromResult(Node(TestAzurite.Settings(_containerName)));

    // Committed blobs: what any reader can see. A broken block upload leaves only uncommitted blocks, which no
    // read returns and the service discards after a week.
    protected override async Task<IReadOnlyList<string>> EverythingStoredAsync()
    {
        if (!await Container.ExistsAsync()) return [];
        var names = new List<string>();
        await foreach (var blob in Container.GetBlobsAsync()) names.Add(blob.Name);
        return names;
    }

    protected override async Task DeleteStoreAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await Container.DeleteIfExistsAsync();
    }

    /// <summary>An app node's file store: its own configuration, service provider and Azure client.</summary>
    private IFileStore Node(Dictionary<string, string?> settings)
    {
        var qip = new QipOptions(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.Combine(Path.GetTempPath(), $"qip-node-{Guid.NewGuid():N}"));
        var node = new ServiceCollection().AddSingleton<TimeProvider>(Clock)
            .AddQipFiles(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), qip)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _nodes.Add(node);
        Assert.False(Directory.Exists(qip.DataFolder)); // nothing of the files on the node's disk
        return node.GetRequiredService<IFileStore>();
    }

    [Fact]
    public async Task The_deployments_container_is_made_private_on_the_first_file_and_keeps_each_files_content_type()
    {
        Assert.False(await Container.ExistsAsync());

        var stored = await Store.SaveAsync(Trust, new MemoryStream(SampleFiles.Docx()), EvidenceFileType.Docx.ContentType);

        Assert.Equal(PublicAccessType.None, (await Container.GetAccessPolicyAsync()).Value.BlobPublicAccess);
        var properties = (await Container.GetBlobClient(stored.Key).GetPropertiesAsync()).Value;
        Assert.Equal((EvidenceFileType.Docx.ContentType, SampleFiles.Docx().Length), (properties.ContentType, (int)properties.ContentLength));
    }

    [Fact]
    public async Task Files_written_by_one_node_are_served_and_removed_by_another()
    {
        var nodeA = Store;
        var nodeB = Node(TestAzurite.Settings(_containerName));
        var pdf = SampleFiles.Pdf();

        var stored = await nodeA.SaveAsync(Trust, new MemoryStream(pdf), "application/pdf");
        Assert.Equal(pdf, await ReadAllAsync(await nodeB.OpenReadAsync(Trust, stored.Key)));

        await nodeB.DeleteAsync(Trust, stored.Key);
        await Assert.ThrowsAsync<FileNotFoundException>(() => nodeA.OpenReadAsync(Trust, stored.Key));
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_unavailable_with_a_sentence_and_no_secret()
    {
        var written = await Store.SaveAsync(Trust, new MemoryStream(SampleFiles.Pdf()), "application/pdf");
        var port = TestAzurite.ClosedPort();
        var down = Node(TestAzurite.Settings(_containerName, TestAzurite.ConnectionStringOnPort(port), maxRetries: 0));

        var save = await Assert.ThrowsAsync<FileStoreUnavailableException>(() => down.SaveAsync(Trust, new MemoryStream(SampleFiles.Pdf()), "application/pdf"));
        var read = await Assert.ThrowsAsync<FileStoreUnavailableException>(() => down.OpenReadAsync(Trust, written.Key));
        var delete = await Assert.ThrowsAsync<FileStoreUnavailableException>(() => down.DeleteAsync(Trust, written.Key));

        Assert.StartsWith("The file store could not be reached. The file could not be stored, so nothing was saved. Try again", save.Message);
        Assert.StartsWith("The file store could not be reached. The file cannot be read now.", read.Message);
        foreach (var message in new[] { save.Message, read.Message, delete.Message })
        {
            Assert.DoesNotContain("AccountKey", message);
            Assert.DoesNotContain(port.ToString(System.Globalization.CultureInfo.InvariantCulture), message);
        }
        Assert.Equal([written.Key], await EverythingStoredAsync());
    }
}
