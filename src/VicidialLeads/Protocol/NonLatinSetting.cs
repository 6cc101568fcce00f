using System.Runtime.CompilerServices;

namespace VicidialLeads.Protocol
{
    /// <summary>
    /// The server's use_non_latin system setting, which the API does not show: learned once per session by reading back a
    /// value with non-ASCII letters after it was stored. Until then the server's default (off) is assumed, so such a
    /// value is reported as one the server would change.
    /// </summary>
    internal sealed class NonLatinSetting
    {
        private static readonly ConditionalWeakTable<object, NonLatinSetting> BySession = new ConditionalWeakTable<object, NonLatinSetting>();
        private volatile string _state = "unknown";

        /// <summary>The setting of the session whose client is <paramref name="client"/>.</summary>
        public static NonLatinSetting Of(object client) => BySession.GetValue(client, _ => new NonLatinSetting());

        /// <summary>True once learned to be on; false while off or not yet learned.</summary>
        public bool IsOn => _state == "on";

        public bool IsKnown => _state != "unknown";

        public void Learn(bool on) => _state = on ? "on" : "off";

        /// <summary>What a prediction of the server's cleaning adds while the setting is not known: that off is assumed.</summary>
        public string Assumption => IsKnown ? string.Empty : " (The server's use_non_latin setting is not known yet; its default, off, is assumed.)";
    }
}
