/** Hands the services down to every panel; components never build their own. */
import { createContext, useContext } from "react";
import type { Services } from "../../services/services";

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error("useServices outside ServicesContext: the app root must provide the services");
  return s;
}
