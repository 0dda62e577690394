using QipTracker.Bench;

// The benchmark of record (issue 14): see README.md's Benchmark section and bench/RESULTS.md.
//   dotnet run -c Release --project bench/QipTracker.Bench -- [--size small] [--shape saas] [--clients 1,10,50] [--seconds 6]
//       [--Database:Provider=Postgres --ConnectionStrings:Qip=...]
return await BenchRun.RunAsync(args, Console.Out);
