using MediatR;

namespace QipTracker.Web.Application;

/// <summary>A request that changes state: the pipeline wraps it in one database transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
