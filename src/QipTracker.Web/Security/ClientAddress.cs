namespace QipTracker.Web.Security;

/// <summary>
/// Where a request comes from (IP address and browser), for the security log and the session list.
/// An HTTP request reads it from its connection; a Blazor circuit has no HTTP request of its own,
/// so it keeps what its connection had when it opened (<see cref="ClientAddressCircuitHandler"/>)
/// and each request a page sends carries that along.
/// </summary>
public sealed class ClientAddress(IHttpContextAccessor http)
{
    private string? _ip, _userAgent;

    public string? IpAddress => _ip ?? http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent => _userAgent ?? (http.HttpContext?.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null);

    public void Set(string? ipAddress, string? userAgent) => (_ip, _userAgent) = (ipAddress, userAgent);

    public void CopyFrom(ClientAddress other) => Set(other.IpAddress, other.UserAgent);
}
