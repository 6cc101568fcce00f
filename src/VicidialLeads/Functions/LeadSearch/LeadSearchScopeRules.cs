using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>Where a search may look: the scope the user asked for, and a list id the server would honour.</summary>
    internal static class LeadSearchScopeRules
    {
        /// <summary>
        /// The scope of a search given <paramref name="scope"/> (null when not asked: List with a list id, else System)
        /// and <paramref name="listId"/>; null, with the problem, when the pair would search other leads than asked.
        /// </summary>
        public static LeadSearchScope? Resolve(LeadSearchScope? scope, long? listId, out InputProblem? problem)
        {
            problem = null;
            LeadSearchScope resolved = scope ?? (listId.HasValue ? LeadSearchScope.List : LeadSearchScope.System);
            if (resolved != LeadSearchScope.System && listId is null)
            {
                problem = new InputProblem("ListIdMissing", $"-Scope {resolved} needs -ListId: the list (or a list of the campaign) to search.", resolved,
                    $"Add -ListId <list id> to search one list, or leave out -Scope {resolved} to search every list.");
            }
            else if (resolved == LeadSearchScope.System && listId.HasValue)
            {
                // A System search looks in every list; taking the list id silently would widen what the user asked for.
                problem = new InputProblem("ListIdWithSystemScope", $"-ListId {listId} does not go with -Scope System, which searches every list.", listId,
                    "Use -Scope List (that list only) or -Scope Campaign (the lists of its campaign), or leave out -ListId to search every list.");
            }
            else if (listId.HasValue && listId.Value < 100)
            {
                // The server silently searches every list when list_id is under 100; refuse rather than return other lists' leads.
                problem = new InputProblem("ListIdTooSmall",
                    $"-ListId {listId} is under 100: the VICIdial server ignores such a list id and searches the whole system, so the search would return leads of other lists. VICIdial list ids have at least 3 digits.",
                    listId, "Give the list id as it shows in the VICIdial admin (Lists), or leave out -ListId to search every list.");
            }
            return problem is null ? resolved : (LeadSearchScope?)null;
        }
    }
}
