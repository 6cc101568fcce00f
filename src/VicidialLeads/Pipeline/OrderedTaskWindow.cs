using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Pipeline
{
    /// <summary>
    /// Tasks started in order and handed back in the same order, whatever order they finish in, so output
    /// keeps input order while several requests are in flight.
    /// </summary>
    internal sealed class OrderedTaskWindow<T>
    {
        private readonly Queue<Task<T>> _tasks = new Queue<Task<T>>();

        public int Count => _tasks.Count;

        public void Add(Task<T> task) => _tasks.Enqueue(task);

        /// <summary>The oldest task when it has finished; never waits.</summary>
        public bool TryTakeFinished(out Task<T>? task)
        {
            if (_tasks.Count > 0 && _tasks.Peek().IsCompleted)
            {
                task = _tasks.Dequeue();
                return true;
            }
            task = null;
            return false;
        }

        /// <summary>Waits up to <paramref name="timeout"/> for the oldest task to finish; true when it has.</summary>
        public bool WaitOldest(TimeSpan timeout, CancellationToken cancellation)
        {
            try
            {
                return _tasks.Peek().Wait((int)timeout.TotalMilliseconds, cancellation);
            }
            catch (AggregateException)
            {
                // Finished with a fault, observed by whoever reads its result.
                return true;
            }
        }

        /// <summary>Waits for the oldest task and takes it.</summary>
        public Task<T> TakeOldest(CancellationToken cancellation)
        {
            Task<T> oldest = _tasks.Peek();
            try
            {
                oldest.Wait(cancellation);
            }
            catch (AggregateException)
            {
                // The task's own fault is observed by whoever reads its result.
            }
            return _tasks.Dequeue();
        }

        /// <summary>Waits a bounded time for every task still running, after they were cancelled.</summary>
        public void Drain(TimeSpan timeout)
        {
            if (_tasks.Count == 0) return;
            try
            {
                Task.WaitAll(_tasks.ToArray(), timeout);
            }
            catch (AggregateException)
            {
                // Cancelled or failed: nothing is left to report.
            }
            _tasks.Clear();
        }
    }
}
