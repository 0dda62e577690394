using FluentValidation;
using MediatR;

namespace QipTracker.Web.Application;

/// <summary>
/// Applies the input policy to the request (every string, date and list in it), then runs every FluentValidation
/// validator of the request; it runs after authorisation (a caller
/// without the role learns nothing about the fields) and any failure stops the request before it is handled.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators, InputPolicy policy)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = policy.Check(request!).ToList();
        foreach (var validator in validators)
            failures.AddRange((await validator.ValidateAsync(request, cancellationToken)).Errors.Select(f => (f.PropertyName, f.ErrorMessage)));
        if (failures.Count > 0)
            throw new RequestValidationException(failures
                .GroupBy(f => f.Field)
                .ToDictionary(g => g.Key, g => g.Select(f => f.Message).Distinct().ToArray()));
        return await next();
    }
}
