/**
 * The one way API tests sign in: a supertest agent carrying a new session's cookie. Tests that
 * need a session per user for a whole file use `signedInAgents` (or `TestApp.signIn`, built on it).
 */
import type { Server } from 'node:http';
import type { Express } from 'express';
import request from 'supertest';
import { DEMO_PASSWORD } from '../../seeds/lib/demo-users.ts';

/** A new session on `app` (an app, or a server already listening) as `username` (demo users need no password); throws if the sign-in fails. */
export async function signInAgent(app: Express | Server, username: string, password = DEMO_PASSWORD): Promise<request.Agent> {
  const agent = request.agent(app);
  const response = await agent.post('/api/auth/login').send({ username, password });
  if (response.status !== 200) throw new Error(`Sign-in as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return agent;
}

/** Signs each user in once on `app` and keeps the agent: one session per user for the whole file. */
export function signedInAgents(app: Express | Server): (username: string, password?: string) => Promise<request.Agent> {
  const agents = new Map<string, request.Agent>();
  return async (username, password) => {
    const kept = agents.get(username);
    if (kept) return kept;
    const agent = await signInAgent(app, username, password);
    agents.set(username, agent);
    return agent;
  };
}
