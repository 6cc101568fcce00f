using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Runs queued work on at most a given number of workers, in the order it was queued. A worker that finishes one
    /// request takes the next at once, on its own thread, so the server sees that many requests at all times and no
    /// request waits for the pipeline thread to wake up.
    /// </summary>
    internal sealed class RequestWorkers<T>
    {
        private readonly object _gate = new object();
        private readonly Queue<(Func<CancellationToken, Task<T>> Work, TaskCompletionSource<T> Done)> _queue =
            new Queue<(Func<CancellationToken, Task<T>>, TaskCompletionSource<T>)>();
        private readonly int _limit;
        private readonly CancellationToken _stop;
        private int _running;

        public RequestWorkers(int limit, CancellationToken stop)
        {
            _limit = limit;
            _stop = stop;
        }

        /// <summary>Queues <paramref name="work"/>; the task ends with its outcome.</summary>
        public Task<T> Run(Func<CancellationToken, Task<T>> work)
        {
            // Continuations run on the worker that sets the outcome: the only one is the window's wake-up of the pipeline
            // thread, and running it in place saves a thread-pool hop per answer.
            var done = new TaskCompletionSource<T>();
            bool start;
            lock (_gate)
            {
                _queue.Enqueue((work, done));
                start = _running < _limit;
                if (start) _running++;
            }
            if (start)
                _ = Task.Run(WorkAsync);
            return done.Task;
        }

        private async Task WorkAsync()
        {
            while (true)
            {
                (Func<CancellationToken, Task<T>> Work, TaskCompletionSource<T> Done) next;
                lock (_gate)
                {
                    if (_queue.Count == 0)
                    {
                        // Under the lock Run takes too: work queued after this check starts a worker of its own.
                        _running--;
                        return;
                    }
                    next = _queue.Dequeue();
                }
                if (_stop.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(_stop);
                    continue;
                }
                try
                {
                    next.Done.TrySetResult(await next.Work(_stop).ConfigureAwait(false));
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(_stop);
                }
                catch (Exception failure)
                {
                    next.Done.TrySetException(failure);
                }
            }
        }
    }
}
