using FluentValidation;
using MediatR;

namespace QipTracker.Web.Application;

public static class MediatorSetup
{
    /// <summary>
    /// MediatR 5.1 with handlers and validators found by assembly scan (Scrutor). Behaviours run
    /// outermost first: logging → authorisation → validation → transaction. Logging wraps the rest so
    /// refusals are recorded; authorisation comes before validation so that a caller without the role
    /// learns nothing, not even which fields are wrong.
    /// </summary>
    public static IServiceCollection AddQipMediator(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblyOf<Program>()
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        services.AddSingleton<InputPolicy>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorisationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }
}
