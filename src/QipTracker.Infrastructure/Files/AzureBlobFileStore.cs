using Azure;
using Azure.Core;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace QipTracker.Infrastructure.Files;

/// <summary>
/// Files in one Azure Blob Storage container (one per deployment, private, created on first use), named by
/// their storage keys, so every app node reads what any node wrote. Content is streamed both ways: an upload
/// is sent in blocks of at most <see cref="BlockBytes"/> and committed at the end, so a broken upload leaves no
/// blob; a download streams the blob's body. Whatever the SDK's retries could not overcome is a
/// <see cref="FileStoreUnavailableException"/> with a sentence for the user, the cause logged here.
/// </summary>
public sealed class AzureBlobFileStore(BlobContainerClient container, TimeProvider clock, ILogger<AzureBlobFileStore> log) : IFileStore
{
    /// <summary>The most an upload holds in memory at once, per block; a smaller file goes in one request.</summary>
    public const int BlockBytes = 4 * 1024 * 1024;

    private const string TryAgain = " Try again in a few minutes; if it keeps failing, ask your administrator to check the file storage (Azure Blob Storage).";

    private static readonly StorageTransferOptions Transfer = new()
    {
        InitialTransferSize = BlockBytes,
        MaximumTransferSize = BlockBytes,
        MaximumConcurrency = 2,
    };

    private volatile bool _containerReady;

    /// <summary>The container client for these options; a connection string the SDK cannot read stops start-up naming the setting.</summary>
    public static BlobContainerClient Connect(FileStoreOptions options)
    {
        var client = new BlobClientOptions();
        client.Retry.Mode = RetryMode.Exponential;
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        try
        {
            return new BlobServiceClient(options.ConnectionString, client).GetBlobContainerClient(options.Container);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The connection string holds the account key: never repeat it.
            throw new InvalidOperationException(
                $"{FileStoreOptions.Section}:ConnectionString is not a connection string Azure Blob Storage accepts ({e.GetType().Name}); " +
                "copy it from the storage account's access keys, e.g. DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...;EndpointSuffix=core.windows.net.");
        }
    }

    public async Task<StoredFile> SaveAsync(Guid trustId, Stream content, string contentType, CancellationToken ct = default)
    {
        var key = StorageKeys.New(trustId, clock.GetUtcNow());
        var source = new UploadSource(content);
        try
        {
            await EnsureContainerAsync(ct);
            await container.GetBlobClient(key).UploadAsync(source, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, // a key names one file, never replaced
                TransferOptions = Transfer,
            }, ct);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobAlreadyExists && source.Fault is null)
        {
            // Keys are random, so the blob is this upload's own: a retry whose first attempt was committed but not answered.
        }
        catch (Exception e) when (source.Fault is not null && !ct.IsCancellationRequested)
        {
            log.LogInformation(e, "Upload of {Key} stopped: its content could not be read", key);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(source.Fault);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsUnavailable(e))
        {
            throw Unavailable(e, "save", key, "The file could not be stored, so nothing was saved.");
        }
        return new StoredFile(key, source.Size);
    }

    public async Task<Stream> OpenReadAsync(Guid trustId, string key, CancellationToken ct = default)
    {
        StorageKeys.Check(trustId, key);
        try
        {
            var download = await container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: ct);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new FileNotFoundException($"The stored file '{key}' is missing.", key, e);
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsUnavailable(e))
        {
            throw Unavailable(e, "read", key, "The file cannot be read now.");
        }
    }

    public async Task DeleteAsync(Guid trustId, string key, CancellationToken ct = default)
    {
        StorageKeys.Check(trustId, key);
        try
        {
            await container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container yet: nothing to remove.
        }
        catch (Exception e) when (!ct.IsCancellationRequested && IsUnavailable(e))
        {
            throw Unavailable(e, "delete", key, "The file could not be removed.");
        }
    }

    /// <summary>Once per process: the container is private and made on the first write, so a new deployment needs no set-up.</summary>
    private async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (_containerReady) return;
        await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct);
        _containerReady = true;
    }

    // The SDK's own errors after its retries: no answer (status 0), a timeout, a refusal or a server fault.
    private static bool IsUnavailable(Exception e) =>
        e is RequestFailedException or AggregateException or IOException or HttpRequestException or TimeoutException or OperationCanceledException;

    private FileStoreUnavailableException Unavailable(Exception e, string operation, string key, string what)
    {
        log.LogWarning(e, "Azure Blob Storage could not {Operation} {Key} in container {Container}", operation, key, container.Name);
        return new FileStoreUnavailableException($"The file store could not be reached. {what}{TryAgain}", e);
    }
}
