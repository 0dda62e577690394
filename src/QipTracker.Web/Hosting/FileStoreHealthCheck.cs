using Microsoft.Extensions.Diagnostics.HealthChecks;
using QipTracker.Infrastructure.Files;

namespace QipTracker.Web.Hosting;

/// <summary>
/// Healthy when the file store takes a file, gives it back and removes it: a full disk, a read-only mount or an
/// unreachable blob service all fail here, through the same interface evidence and papers use. The probe file
/// belongs to a trust id no trust has, and is removed at once.
/// </summary>
public sealed class FileStoreHealthCheck(IFileStore store) : IHealthCheck
{
    /// <summary>Not a trust: where probe files are written (a store refuses Guid.Empty).</summary>
    public static readonly Guid ProbeTrust = new("00000000-0000-0000-0000-00000000a11e");

    private static readonly byte[] Probe = "QipTracker health probe"u8.ToArray();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stored = await store.SaveAsync(ProbeTrust, new MemoryStream(Probe), cancellationToken);
            try
            {
                await using var read = await store.OpenReadAsync(ProbeTrust, stored.Key, cancellationToken);
                var copy = new MemoryStream();
                await read.CopyToAsync(copy, cancellationToken);
                if (!copy.ToArray().AsSpan().SequenceEqual(Probe))
                    return HealthCheckResult.Unhealthy("The file store gave back something other than what it was given");
            }
            finally
            {
                await store.DeleteAsync(ProbeTrust, stored.Key, CancellationToken.None);
            }
            return HealthCheckResult.Healthy("File store writable and readable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("File store unavailable", e);
        }
    }
}
