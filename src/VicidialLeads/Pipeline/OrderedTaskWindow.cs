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
        private static readonly Action<Task, object?> SetSignal = (_, signal) => ((ManualResetEventSlim)signal!).Set();

        private readonly List<Task<T>> _tasks = new List<Task<T>>();

        /// <summary>
        /// Set when the waited-for task ends. It never spins: Task.Wait spins and yields the processor dozens of times
        /// before it blocks, once per answer, which takes a core's share from the requests and the server beside them.
        /// </summary>
        private readonly ManualResetEventSlim _signal = new ManualResetEventSlim(false, spinCount: 0);

        private int _oldest;

        /// <summary>The task whose end sets <see cref="_signal"/>.</summary>
        private Task? _signalledBy;

        public int Count => _tasks.Count - _oldest;

        public void Add(Task<T> task) => _tasks.Add(task);

        /// <summary>The oldest task when it has finished; never waits.</summary>
        public bool TryTakeFinished(out Task<T>? task)
        {
            if (Count > 0 && _tasks[_oldest].IsCompleted)
            {
                task = TakeOldest();
                return true;
            }
            task = null;
            return false;
        }

        /// <summary>Waits up to <paramref name="timeout"/> for the oldest task to finish; true when it has.</summary>
        public bool WaitOldest(TimeSpan timeout, CancellationToken cancellation) => WaitWithoutSpinning(_tasks[_oldest], timeout, cancellation);

        /// <summary>Takes the oldest task, which the caller has seen finish.</summary>
        public Task<T> TakeOldest()
        {
            Task<T> oldest = _tasks[_oldest];
            _tasks[_oldest] = null!;
            _oldest++;
            if (_oldest == _tasks.Count)
            {
                _tasks.Clear();
                _oldest = 0;
            }
            else if (_oldest >= 1024 && _oldest * 2 >= _tasks.Count)
            {
                // Keeps the list from growing with the run when the window never empties.
                _tasks.RemoveRange(0, _oldest);
                _oldest = 0;
            }
            return oldest;
        }

        /// <summary>Waits a bounded time for every task still running, after they were cancelled.</summary>
        public void Drain(TimeSpan timeout)
        {
            if (Count == 0) return;
            try
            {
                Task.WaitAll(_tasks.GetRange(_oldest, Count).ToArray(), timeout);
            }
            catch (AggregateException)
            {
                // Cancelled or failed: nothing is left to report.
            }
            _tasks.Clear();
            _oldest = 0;
        }

        private bool WaitWithoutSpinning(Task task, TimeSpan timeout, CancellationToken cancellation)
        {
            if (task.IsCompleted) return true;
            if (!ReferenceEquals(_signalledBy, task))
            {
                // One wake-up per task, however many slices it is waited in; it runs at once when the task has just ended.
                _signal.Reset();
                _signalledBy = task;
                _ = task.ContinueWith(SetSignal, _signal, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            _signal.Wait(timeout, cancellation);
            if (task.IsCompleted) return true;
            // Woken by a task waited for before, or timed out: the next slice waits afresh. A wake-up that comes between
            // the check above and this reset is lost, so the check is made again after it.
            _signal.Reset();
            return task.IsCompleted;
        }
    }
}
