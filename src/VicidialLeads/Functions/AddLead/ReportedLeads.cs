using System.Collections.Generic;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>
    /// The leads this run reported lately, so that a look for a lost answer's lead never takes another row's. Only the
    /// latest are kept, so memory stays flat on a load of millions: the look takes a lead only when it was made after
    /// the lost request was sent, and by then only the rows in flight, far fewer than kept here, can have made one.
    /// </summary>
    internal sealed class ReportedLeads
    {
        public const int Kept = 16_384;

        private readonly object _gate = new object();
        private readonly HashSet<long> _ids = new HashSet<long>();
        private readonly Queue<long> _order = new Queue<long>();

        public void Add(long leadId)
        {
            lock (_gate)
            {
                if (!_ids.Add(leadId)) return;
                _order.Enqueue(leadId);
                if (_order.Count > Kept)
                    _ids.Remove(_order.Dequeue());
            }
        }

        public bool Contains(long leadId)
        {
            lock (_gate)
                return _ids.Contains(leadId);
        }
    }
}
