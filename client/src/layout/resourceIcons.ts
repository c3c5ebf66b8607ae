/**
 * The Material icon names the resource definitions use, mapped to their components. Each icon
 * is imported on its own: the whole icon set would add megabytes to the bundle. A name not
 * listed here falls back to a folder; add it here when a definition starts using it.
 */
import type { ComponentType } from 'react';
import AccountTree from '@mui/icons-material/AccountTree';
import Campaign from '@mui/icons-material/Campaign';
import Event from '@mui/icons-material/Event';
import Factory from '@mui/icons-material/Factory';
import Folder from '@mui/icons-material/Folder';
import Inventory2 from '@mui/icons-material/Inventory2';
import ListAlt from '@mui/icons-material/ListAlt';
import LocalOffer from '@mui/icons-material/LocalOffer';
import Newspaper from '@mui/icons-material/Newspaper';
import Payments from '@mui/icons-material/Payments';
import People from '@mui/icons-material/People';
import ShoppingCart from '@mui/icons-material/ShoppingCart';

const ICONS: Record<string, ComponentType> = {
  AccountTree,
  Campaign,
  Event,
  Factory,
  Inventory2,
  ListAlt,
  LocalOffer,
  Newspaper,
  Payments,
  People,
  ShoppingCart,
};

export function resourceIcon(name: string | undefined): ComponentType {
  return (name && ICONS[name]) || Folder;
}
