using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// The session Connect-VicidialApi made last in this runspace, used when a cmdlet gets no -Session.
    /// Kept per runspace so that hosts running several runspaces (automation workers, -Parallel) never
    /// share one another's credentials.
    /// </summary>
    internal static class DefaultSession
    {
        private sealed class Slot
        {
            public VicidialSession? Session;
        }

        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

        public static VicidialSession? Current
        {
            get => CurrentSlot()?.Session;
            set
            {
                Slot? slot = CurrentSlot();
                if (slot != null) lock (slot) slot.Session = value;
            }
        }

        /// <summary>Clears the default when it is <paramref name="session"/>; true if it was.</summary>
        public static bool ClearIf(VicidialSession session)
        {
            Slot? slot = CurrentSlot();
            if (slot is null) return false;
            lock (slot)
            {
                if (!ReferenceEquals(slot.Session, session)) return false;
                slot.Session = null;
                return true;
            }
        }

        private static Slot? CurrentSlot()
        {
            Runspace? runspace = Runspace.DefaultRunspace;
            return runspace is null ? null : Slots.GetValue(runspace, _ => new Slot());
        }
    }
}
