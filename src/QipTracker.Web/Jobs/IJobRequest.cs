using MediatR;

namespace QipTracker.Web.Jobs;

/// <summary>
/// A background job is a MediatR request, so the same code runs on Hangfire's schedule, from the
/// admin page, from the command line and from tests. It answers with a one-line summary.
/// </summary>
public interface IJobRequest : IRequest<string>;
